package clean

import (
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

// TestGovernmentPageFurniture: a government department's news page as a clipping tool saves it,
// written for this test: the page's own furniture above and below a press release.
func TestGovernmentPageFurniture(t *testing.T) {
	checkAnnotated(t, `
F Cookies on the Ministry website
F We'd like to set additional cookies to understand how you use the site. Accept additional cookies Reject additional cookies View cookies
F Skip to main content
  
  Press release
  Ministers open a new ferry link to the outer islands
  
  From: Ministry of Transport and Ports
F Published 3 March 2024
  
  The Minister for Transport opened the new ferry link to the outer islands on Monday, cutting the crossing from four hours to ninety minutes.
  
  "The islands have waited a generation for this crossing," the minister said at the harbour.
  
F Media enquiries
F Email newsdesk@transport.example
F Telephone 020 7946 0000
  
F Share this page
F Related content
F * [Island ferry timetable 2024](https://transport.example/timetable)
F * [Harbour investment plan](https://transport.example/harbours)
F Is this page useful?
F Maybe
F Yes this page is useful
F No this page is not useful
F Report a problem with this page
F All content is available under the Open Licence v3.0, except where otherwise stated
F © Crown copyright
`, briefing.FormatText)
}

// TestWireAndStatementFurniture: a wire story's credit lines and a ministry statement's closing
// lines, written for this test.
func TestWireAndStatementFurniture(t *testing.T) {
	checkAnnotated(t, `
  Islands agree ferry deal
  
  PORT ELLEN, March 3 (Wire) - The three island councils agreed on Sunday to run one ferry timetable from April, officials said.
  
  The deal ends a dispute over landing fees that had run for two years, the councils said in a joint statement.
  
F Reporting by Ana Silva; Editing by Rui Matos
F Our Standards: The Wire Trust Principles.
  
  * * *
  
  The Ministry thanks the island councils for their cooperation and looks forward to the first crossings.
  
F MINISTRY OF TRANSPORT AND PORTS
F PORT ELLEN
F 3 MARCH 2024
  
F ###
`, briefing.FormatText)
}

// TestReleaseForms: handling lines, a contact given on one line under the headline, and the end mark
// and notes of a release written for this test.
func TestReleaseForms(t *testing.T) {
	checkAnnotated(t, `
F FOR IMMEDIATE RELEASE
F Contact: Jane Roe, (202) 555-0100, jroe@ports.example
  
  Port authority and shipping line sign emissions pact
  
  The port authority and the country's largest shipping line signed an agreement on Tuesday to cut emissions from ships at berth by half by 2030.
  
F - ENDS -
  
  Notes to editors
  
  1. The agreement was negotiated over eighteen months and covers all four container terminals.
  
F About the Port Authority
F The Port Authority manages the country's commercial ports and employs 1,200 people.
  
F For further information, please contact:
F Press Office, Port Authority
F +1 202 555 0199 | press@ports.example
`, briefing.FormatText)
}

// TestNotFurniture: lines that look like furniture but belong to the article: the section after a
// "Comments" heading in a story about a consultation (the lone word is a widget's, but no comment
// thread follows it), a reporter the story is about, links the article introduces, cookies as a
// subject.
func TestNotFurniture(t *testing.T) {
	checkAnnotated(t, `
  Harbour plan goes out to consultation
  
  The harbour board published its plan for the northern pier on Monday and asked residents for their views before the end of May.
  
  Mira Roe, who chairs the residents' association, said the plan had improved since the first draft was shown last year.
  
  The board said it had received more than four hundred letters in the first week, most of them about parking.
  
F ## Comments
  
  Residents who wrote to the board asked for more parking near the ferry terminal and for a later last bus.
  
  The bakery on the quay says its cookies are selling faster since the ferry timetable changed.
  
  The plan and its maps are published at the following addresses:
  * <https://harbour.example/plan>
  * <https://harbour.example/maps>
  
  Roe was a reporter at the island's weekly paper before she was elected to lead the association in 2019.
`, briefing.FormatMarkdown)
}

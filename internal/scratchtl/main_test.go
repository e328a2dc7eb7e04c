package scratch
import ("testing";"os";"strings";"fmt";"github.com/briefpack/briefpack/briefing/extract")
func TestX(t *testing.T){
 b,_ := os.ReadFile("/work/shared/dev/news/docs/12_zdnet_sndgo_vulnerability_reports.txt")
 for _, l := range strings.Split(string(b), "\n") {
   func(){ defer func(){ if r:=recover(); r!=nil { fmt.Println("PANIC", r, l[:80]) } }(); extract.FindDates(l) }()
 }
}

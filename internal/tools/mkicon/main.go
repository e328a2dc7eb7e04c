// Command mkicon draws briefpack's icon (assets/icon.png): a stack of pages with a timeline of dots,
// in the pack's navy. go run ./internal/tools/mkicon assets/icon.png
package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

func main() {
	const n = 512
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	navy := color.NRGBA{22, 58, 107, 255}
	paper := color.NRGBA{250, 250, 247, 255}
	shade := color.NRGBA{205, 212, 222, 255}
	rounded := func(x0, y0, x1, y1, r float64, c color.NRGBA) {
		for y := int(y0); y < int(y1); y++ {
			for x := int(x0); x < int(x1); x++ {
				fx, fy := float64(x)+0.5, float64(y)+0.5
				dx := math.Max(math.Max(x0+r-fx, fx-(x1-r)), 0)
				dy := math.Max(math.Max(y0+r-fy, fy-(y1-r)), 0)
				if dx*dx+dy*dy <= r*r {
					img.SetNRGBA(x, y, c)
				}
			}
		}
	}
	disc := func(cx, cy, r float64, c color.NRGBA) {
		for y := int(cy - r); y <= int(cy+r); y++ {
			for x := int(cx - r); x <= int(cx+r); x++ {
				if (float64(x)-cx)*(float64(x)-cx)+(float64(y)-cy)*(float64(y)-cy) <= r*r {
					img.SetNRGBA(x, y, c)
				}
			}
		}
	}
	rounded(24, 24, 488, 488, 96, navy)
	rounded(150, 96, 410, 430, 18, shade)  // the page behind
	rounded(112, 120, 372, 454, 18, paper) // the page in front
	rounded(160, 168, 330, 186, 8, navy)   // title line
	for i := 0; i < 4; i++ {               // a timeline: axis and dots
		y := 236.0 + float64(i)*52
		disc(172, y, 13, navy)
		rounded(204, y-7, 330-float64(i%2)*40, y+7, 7, shade)
	}
	rounded(168, 236, 176, 392, 4, navy)
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		panic(err)
	}
}

package install

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"testing"
)

// TestLogoPNG checks structure, not pixels: the size, that the corners are
// transparent (the square is rounded), and that both the blue background
// and the white ∂ are there.
func TestLogoPNG(t *testing.T) {
	for _, size := range []int{32, 64} {
		t.Run(pngName(size), func(t *testing.T) {
			b, err := logoPNG(size)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if got := img.Bounds().Size(); got.X != size || got.Y != size {
				t.Errorf("got size %v, want %dx%d", got, size, size)
			}
			if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
				t.Errorf("got corner alpha %d, want 0", a)
			}
			var blue, white int
			for y := range size {
				for x := range size {
					r, g, b, a := img.At(x, y).RGBA()
					switch {
					case a < 0xffff:
					case r == 0xffff && g == 0xffff && b == 0xffff:
						white++
					case r == 0 && b > g:
						blue++
					}
				}
			}
			// The ∂ covers about a tenth of the square.
			if area := size * size; blue < area/2 || white < area/20 {
				t.Errorf("got %d blue and %d white pixels of %d, want at least half blue and a twentieth white", blue, white, area)
			}
		})
	}
}

func pngName(size int) string {
	return map[int]string{32: "logo-32x32.png", 64: "logo-64x64.png"}[size]
}

func TestLogoSVG(t *testing.T) {
	d := xml.NewDecoder(bytes.NewReader([]byte(logoSVG())))
	var elements []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("logo-svg.svg is not XML: %v", err)
		}
		if start, ok := tok.(xml.StartElement); ok {
			elements = append(elements, start.Name.Local)
		}
	}
	want := []string{"svg", "title", "rect", "g", "circle", "path"}
	if len(elements) != len(want) {
		t.Fatalf("got elements %v, want %v", elements, want)
	}
	for i := range want {
		if elements[i] != want[i] {
			t.Errorf("got elements %v, want %v", elements, want)
			break
		}
	}
}

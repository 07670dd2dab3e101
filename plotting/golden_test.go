package plotting

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden PNG files in testdata/")

// maxDiff is the largest mean absolute difference, on a 0..1 grey scale
// after downscaling both images to blocks of 4x4 pixels, that still counts
// as the same picture. Moving a label by a pixel or a font hinting change
// stays well below it; a missing curve, gate or colour does not.
const maxDiff = 0.02

// checkGolden renders f to PNG, checks that it decodes to the wanted size
// (in pixels; 0 means any) and is not blank, compares it with
// testdata/name.png, and returns the image for further checks. With -update
// it rewrites the golden file instead of comparing.
func checkGolden(t *testing.T, name string, f *Figure, wantW, wantH int) image.Image {
	t.Helper()
	b, img := renderPNG(t, f)
	got := img.Bounds().Size()
	if (wantW != 0 && got.X != wantW) || (wantH != 0 && got.Y != wantH) {
		t.Errorf("size: got %dx%d, want %dx%d", got.X, got.Y, wantW, wantH)
	}
	if ink := inkFraction(img); ink < 0.005 {
		t.Errorf("image is blank: got %.4f of pixels inked, want at least 0.005", ink)
	}
	path := filepath.Join("testdata", name+".png")
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return img
	}
	want, err := readPNG(path)
	if err != nil {
		t.Fatalf("golden %s: %v (run go test ./plotting -run %s -update to create it)", path, err, t.Name())
	}
	if diff := perceptualDiff(img, want); diff > maxDiff {
		t.Errorf("%s differs from its golden: got mean difference %.4f, want at most %.4f (look at both; if the new one is right, rerun with -update)", name, diff, maxDiff)
	}
	return img
}

func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

// inkFraction is the share of pixels that are not white.
func inkFraction(img image.Image) float64 {
	r := img.Bounds()
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if gray(img.At(x, y)) < 0.95 {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy())
}

func gray(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 0xffff
}

// perceptualDiff compares two images as a person glancing at them would:
// both are reduced to grey 4x4-pixel block means and the mean absolute
// difference of the blocks is returned; images of different sizes differ
// completely (1).
func perceptualDiff(a, b image.Image) float64 {
	if a.Bounds().Size() != b.Bounds().Size() {
		return 1
	}
	const block = 4
	ba, bb := a.Bounds(), b.Bounds()
	var sum float64
	n := 0
	for y := 0; y+block <= ba.Dy(); y += block {
		for x := 0; x+block <= ba.Dx(); x += block {
			var ga, gb float64
			for dy := 0; dy < block; dy++ {
				for dx := 0; dx < block; dx++ {
					ga += gray(a.At(ba.Min.X+x+dx, ba.Min.Y+y+dy))
					gb += gray(b.At(bb.Min.X+x+dx, bb.Min.Y+y+dy))
				}
			}
			sum += math.Abs(ga-gb) / (block * block)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// countPixels returns how many pixels satisfy is.
func countPixels(img image.Image, is func(r, g, b float64) bool) int {
	bounds := img.Bounds()
	n := 0
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if is(float64(r)/0xffff, float64(g)/0xffff, float64(b)/0xffff) {
				n++
			}
		}
	}
	return n
}

func isGreen(r, g, b float64) bool { return g > 0.4 && r < 0.25 && b < 0.45 && g-r > 0.3 }
func isRed(r, g, b float64) bool   { return r > 0.6 && g < 0.3 && b < 0.3 }

// checkGoldenless renders f to PNG and decodes it, for tests that look at
// pixels without a golden file.
func checkGoldenless(t *testing.T, f *Figure) image.Image {
	t.Helper()
	_, img := renderPNG(t, f)
	return img
}

// renderPNG renders f and decodes the PNG, failing the test if either fails.
func renderPNG(t *testing.T, f *Figure) ([]byte, image.Image) {
	t.Helper()
	b, err := f.PNG()
	if err != nil {
		t.Fatalf("PNG: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	return b, img
}

func cropImage(img image.Image, x0, y0, x1, y1 int) image.Image {
	return img.(interface {
		SubImage(r image.Rectangle) image.Image
	}).SubImage(image.Rect(x0, y0, x1, y1))
}

package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"strings"
)

func Pic(dx, dy int, f func(x, y int) uint8) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = f(x, y)
		}
	}
	return p
}

type Image struct {
	w, h int
}

func (im Image) ColorModel() color.Model { return color.RGBAModel }
func (im Image) Bounds() image.Rectangle { return image.Rect(0, 0, im.w, im.h) }
func (im Image) At(x, y int) color.Color {
	v := uint8((x ^ y) * 16)
	return color.RGBA{v, v, 255, 255}
}

func ascii(img image.Image) string {
	ramp := " .:-=+*#%@"
	var buf bytes.Buffer
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			lum := (299*r + 587*g + 114*bl) / 1000 >> 8
			buf.WriteByte(ramp[int(lum)*(len(ramp)-1)/255])
		}
		buf.WriteByte('\n')
	}
	return buf.String()
}

func main() {
	p := Pic(6, 4, func(x, y int) uint8 { return uint8(x * y) })
	fmt.Println(p)
	p2 := Pic(4, 3, func(x, y int) uint8 { return uint8((x + y) / 2) })
	fmt.Println(p2)
	m := Image{8, 6}
	fmt.Println(m.Bounds(), m.At(3, 5))
	fmt.Print(ascii(m))
	rgba := image.NewRGBA(image.Rect(0, 0, 5, 3))
	for y := 0; y < 3; y++ {
		for x := 0; x < 5; x++ {
			rgba.Set(x, y, color.Gray{uint8(x * 60)})
		}
	}
	fmt.Print(ascii(rgba))
	fmt.Println(rgba.At(4, 2), rgba.Stride, len(rgba.Pix))
	r := image.Rect(2, 2, 10, 8)
	fmt.Println(r.Dx(), r.Dy(), r.Inset(1), r.Intersect(image.Rect(0, 0, 5, 5)), image.Pt(3, 4).In(r))
	g := color.GrayModel.Convert(color.RGBA{200, 100, 50, 255}).(color.Gray)
	fmt.Println(g.Y, strings.Repeat("#", int(g.Y)/16))
}

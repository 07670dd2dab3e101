// Exercises: a user type implementing image.Image (ColorModel, Bounds, At) used through the interface and by png.Encode.
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

type Image struct {
	w, h int
}

func (img Image) ColorModel() color.Model { return color.RGBAModel }

func (img Image) Bounds() image.Rectangle { return image.Rect(0, 0, img.w, img.h) }

func (img Image) At(x, y int) color.Color {
	v := uint8((x ^ y) * 16)
	return color.RGBA{v, v, 255, 255}
}

func main() {
	var m image.Image = Image{4, 3}
	fmt.Println(m.Bounds())
	r, g, b, a := m.At(1, 2).RGBA()
	fmt.Println(r, g, b, a)
	fmt.Println(m.At(3, 0))
	fmt.Println(m.ColorModel() == color.RGBAModel)
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		fmt.Println("encode:", err)
	}
	back, err := png.Decode(&buf)
	fmt.Println(back.Bounds(), err)
	fmt.Println(color.RGBAModel.Convert(back.At(2, 1)))
}

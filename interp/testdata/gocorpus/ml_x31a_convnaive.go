package main

import "fmt"

// Volume is C x H x W.
type Volume [][][]float64

func newVolume(c, h, w int) Volume {
	v := make(Volume, c)
	for i := range v {
		v[i] = make([][]float64, h)
		for j := range v[i] {
			v[i][j] = make([]float64, w)
		}
	}
	return v
}

type ConvParam struct {
	Stride, Pad int
}

// convForwardNaive: x is C x H x W, filters is F x C x HH x WW.
func convForwardNaive(x Volume, filters []Volume, b []float64, p ConvParam) Volume {
	C, H, W := len(x), len(x[0]), len(x[0][0])
	HH, WW := len(filters[0][0]), len(filters[0][0][0])
	Hout := 1 + (H+2*p.Pad-HH)/p.Stride
	Wout := 1 + (W+2*p.Pad-WW)/p.Stride
	padded := newVolume(C, H+2*p.Pad, W+2*p.Pad)
	for c := range x {
		for i := range x[c] {
			copy(padded[c][i+p.Pad][p.Pad:], x[c][i])
		}
	}
	out := newVolume(len(filters), Hout, Wout)
	for f, filt := range filters {
		for i := 0; i < Hout; i++ {
			for j := 0; j < Wout; j++ {
				s := b[f]
				for c := 0; c < C; c++ {
					for di := 0; di < HH; di++ {
						for dj := 0; dj < WW; dj++ {
							s += padded[c][i*p.Stride+di][j*p.Stride+dj] * filt[c][di][dj]
						}
					}
				}
				out[f][i][j] = s
			}
		}
	}
	return out
}

func main() {
	x := newVolume(2, 5, 5)
	for c := range x {
		for i := range x[c] {
			for j := range x[c][i] {
				x[c][i][j] = float64((c+1)*(i*5+j)%7) - 3
			}
		}
	}
	edge := Volume{
		{{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}},
		{{0, 0, 0}, {0, 1, 0}, {0, 0, 0}},
	}
	blur := newVolume(2, 3, 3)
	for c := range blur {
		for i := range blur[c] {
			for j := range blur[c][i] {
				blur[c][i][j] = 1.0 / 9
			}
		}
	}
	for _, p := range []ConvParam{{1, 1}, {2, 1}, {1, 0}} {
		out := convForwardNaive(x, []Volume{edge, blur}, []float64{0, 0.5}, p)
		fmt.Printf("%+v -> out shape (%d, %d, %d)\n", p, len(out), len(out[0]), len(out[0][0]))
		for f := range out {
			for _, row := range out[f] {
				fmt.Printf("  %6.2f\n", row)
			}
			fmt.Println()
		}
	}
}

// Exercises: 1-D and 2-D valid convolution (cross-correlation), nested slices, Sobel kernel
package main

import "fmt"

func conv1d(x, k []float64) []float64 {
	out := make([]float64, len(x)-len(k)+1)
	for i := range out {
		for j, w := range k {
			out[i] += x[i+j] * w
		}
	}
	return out
}

func conv2d(img, k [][]float64) [][]float64 {
	oh, ow := len(img)-len(k)+1, len(img[0])-len(k[0])+1
	out := make([][]float64, oh)
	for i := range out {
		out[i] = make([]float64, ow)
		for j := range out[i] {
			for a := range k {
				for b := range k[a] {
					out[i][j] += img[i+a][j+b] * k[a][b]
				}
			}
		}
	}
	return out
}

func main() {
	fmt.Println(conv1d([]float64{1, 2, 3, 4, 5, 6}, []float64{1, 0, -1}))
	fmt.Println(conv1d([]float64{0, 0, 1, 0, 0}, []float64{0.25, 0.5, 0.25}))
	img := make([][]float64, 5)
	for i := range img {
		img[i] = make([]float64, 6)
		for j := range img[i] {
			if j >= 3 {
				img[i][j] = 1
			}
		}
	}
	sobel := [][]float64{{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}
	for _, row := range conv2d(img, sobel) {
		fmt.Printf("%4.0f\n", row)
	}
}

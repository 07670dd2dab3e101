package main

import (
	"fmt"
	"math/cmplx"
	"strings"
)

func escape(c complex128, maxIter int) int {
	z := complex(0, 0)
	for i := 0; i < maxIter; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return maxIter
}

func main() {
	const w, h, maxIter = 64, 22, 50
	palette := []rune(" .,:;ox%#@")
	counts := make([]int, len(palette))
	var sb strings.Builder
	for row := 0; row < h; row++ {
		im := 1.2 - 2.4*float64(row)/float64(h-1)
		for col := 0; col < w; col++ {
			re := -2.1 + 2.7*float64(col)/float64(w-1)
			n := escape(complex(re, im), maxIter)
			idx := n * (len(palette) - 1) / maxIter
			counts[idx]++
			sb.WriteRune(palette[idx])
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	inside := counts[len(counts)-1]
	area := float64(inside) / float64(w*h) * 2.7 * 2.4
	fmt.Printf("inside=%d area~%.3f (true ~1.506)\n", inside, area)
	for i, c := range counts {
		fmt.Printf("%q:%d ", palette[i], c)
	}
	fmt.Println()
	z := cmplx.Sqrt(-4)
	fmt.Printf("%v %.2f %T\n", z, cmplx.Exp(complex(0, 3.14159265)), z)
}

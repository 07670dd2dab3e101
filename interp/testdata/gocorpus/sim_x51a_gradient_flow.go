package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

func main() {
	rng := rand.New(rand.NewPCG(7, 11))
	depth, width := 8, 6
	for _, act := range []string{"sigmoid", "relu"} {
		g := make([]float64, width)
		for i := range g {
			g[i] = 1
		}
		fmt.Println(act + ":")
		for layer := depth; layer > 0; layer-- {
			next := make([]float64, width)
			for j := 0; j < width; j++ {
				pre := rng.NormFloat64()
				var local float64
				switch act {
				case "sigmoid":
					s := 1 / (1 + math.Exp(-pre))
					local = s * (1 - s)
				case "relu":
					if pre > 0 {
						local = 1
					}
				}
				for k := 0; k < width; k++ {
					w := rng.NormFloat64() / math.Sqrt(float64(width)) * math.Sqrt2
					next[k] += g[j] * local * w
				}
			}
			g = next
			norm := 0.0
			for _, v := range g {
				norm += v * v
			}
			norm = math.Sqrt(norm)
			bar := strings.Repeat("#", min(40, int(math.Max(0, 10+2*math.Log2(norm+1e-12)))))
			fmt.Printf("  layer %d |g|=%9.2e %s\n", layer, norm, bar)
		}
	}
}

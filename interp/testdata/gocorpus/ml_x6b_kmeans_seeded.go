// Exercises: k-means with rand.New(rand.NewSource(seed)), [2]float64 points, assignment loop
package main

import (
	"fmt"
	"math/rand"
)

type Point [2]float64

func dist2(a, b Point) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

func kmeans(pts []Point, k int, rng *rand.Rand) ([]Point, []int) {
	cent := make([]Point, k)
	for i, j := range rng.Perm(len(pts))[:k] {
		cent[i] = pts[j]
	}
	assign := make([]int, len(pts))
	for iter := 0; iter < 20; iter++ {
		for i, p := range pts {
			best := 0
			for c := range cent {
				if dist2(p, cent[c]) < dist2(p, cent[best]) {
					best = c
				}
			}
			assign[i] = best
		}
		sum := make([]Point, k)
		cnt := make([]int, k)
		for i, p := range pts {
			sum[assign[i]][0] += p[0]
			sum[assign[i]][1] += p[1]
			cnt[assign[i]]++
		}
		for c := range cent {
			if cnt[c] > 0 {
				cent[c] = Point{sum[c][0] / float64(cnt[c]), sum[c][1] / float64(cnt[c])}
			}
		}
	}
	return cent, assign
}

func main() {
	rng := rand.New(rand.NewSource(42))
	var pts []Point
	for _, c := range []Point{{0, 0}, {5, 5}, {0, 6}} {
		for i := 0; i < 10; i++ {
			pts = append(pts, Point{c[0] + rng.NormFloat64()*0.5, c[1] + rng.NormFloat64()*0.5})
		}
	}
	cent, assign := kmeans(pts, 3, rng)
	for i, c := range cent {
		fmt.Printf("centroid %d: (%6.3f, %6.3f)\n", i, c[0], c[1])
	}
	fmt.Println(assign)
}

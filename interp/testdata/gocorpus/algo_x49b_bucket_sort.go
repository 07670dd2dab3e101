package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Bucket []float64

func (b Bucket) String() string {
	parts := make([]string, len(b))
	for i, v := range b {
		parts[i] = fmt.Sprintf("%.2f", v)
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func bucketSort(a []float64) ([]float64, []Bucket) {
	n := len(a)
	buckets := make([]Bucket, n)
	for _, x := range a {
		i := int(float64(n) * x)
		buckets[i] = append(buckets[i], x)
	}
	out := make([]float64, 0, n)
	for i := range buckets {
		// insertion sort each bucket, as in the textbook
		b := buckets[i]
		for j := 1; j < len(b); j++ {
			key := b[j]
			k := j - 1
			for k >= 0 && b[k] > key {
				b[k+1] = b[k]
				k--
			}
			b[k+1] = key
		}
		out = append(out, b...)
	}
	return out, buckets
}

func main() {
	a := []float64{.78, .17, .39, .26, .72, .94, .21, .12, .23, .68}
	sorted, buckets := bucketSort(a)
	for i, b := range buckets {
		if len(b) > 0 {
			fmt.Printf("B[%d] = %v\n", i, b)
		}
	}
	fmt.Println(Bucket(sorted))

	rng := rand.New(rand.NewSource(42))
	data := make([]float64, 1000)
	for i := range data {
		data[i] = rng.Float64()
	}
	s, bs := bucketSort(data)
	longest, empty := 0, 0
	for _, b := range bs {
		longest = max(longest, len(b))
		if len(b) == 0 {
			empty++
		}
	}
	fmt.Println("sorted:", sort.Float64sAreSorted(s), "n:", len(s))
	fmt.Printf("longest bucket=%d empty=%d first=%.4f last=%.4f\n", longest, empty, s[0], s[len(s)-1])
	fmt.Printf("%v %T\n", sorted[:3], bs[0])
}

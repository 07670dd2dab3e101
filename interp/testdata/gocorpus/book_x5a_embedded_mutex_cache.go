// Exercises: sync.Mutex embedded in an anonymous struct var and a named struct, promoted Lock/Unlock, embedding a Point for promoted methods.
package main

import (
	"fmt"
	"image/color"
	"math"
	"sync"
)

var cache = struct {
	sync.Mutex
	mapping map[string]string
}{mapping: make(map[string]string)}

func Lookup(key string) string {
	cache.Lock()
	v := cache.mapping[key]
	cache.Unlock()
	return v
}

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(f float64)       { p.X *= f; p.Y *= f }

type ColoredPoint struct {
	Point
	Color color.RGBA
}

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

func main() {
	cache.Lock()
	cache.mapping["go"] = "gopher"
	cache.Unlock()
	fmt.Println(Lookup("go"), Lookup("rust") == "")
	red := color.RGBA{255, 0, 0, 255}
	p := ColoredPoint{Point{1, 1}, red}
	q := ColoredPoint{Point{5, 4}, color.RGBA{0, 0, 255, 255}}
	fmt.Println(p.Distance(q.Point))
	p.ScaleBy(2)
	q.ScaleBy(2)
	fmt.Println(p.Distance(q.Point), p.X, q.Point.Y)
	fmt.Printf("%v %+v\n", p, q)
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); c.Inc([]string{"a", "b"}[i%2]) }()
	}
	wg.Wait()
	fmt.Println(c.n)
}

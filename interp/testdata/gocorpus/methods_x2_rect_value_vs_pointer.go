// Exercises: value vs pointer receivers on a Rect: Scale mutates, Area/Scaled do not.
package main

import "fmt"

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Scaled(f float64) Rect { r.W *= f; r.H *= f; return r }
func (r *Rect) Scale(f float64)      { r.W *= f; r.H *= f }
func (r *Rect) SetSize(w, h float64) *Rect {
	r.W, r.H = w, h
	return r
}

func main() {
	r := Rect{3, 4}
	fmt.Println(r.Area())
	big := r.Scaled(10)
	fmt.Println(r, big)
	r.Scale(2)
	fmt.Println(r, r.Area())
	p := &r
	p.Scale(0.5)
	fmt.Println(p.Area(), *p)
	fmt.Println(p.SetSize(1, 1).Scaled(3).Area(), r)
	rects := []Rect{{1, 2}, {3, 4}}
	for _, x := range rects {
		x.Scale(100)
	}
	fmt.Println(rects)
	for i := range rects {
		rects[i].Scale(100)
	}
	fmt.Println(rects)
	fmt.Println((&Rect{2, 2}).Area(), Rect{5, 5}.Scaled(0.2))
}

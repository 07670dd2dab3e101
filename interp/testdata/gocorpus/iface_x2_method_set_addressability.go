// Exercises: method sets: T vs *T satisfying an interface, checked through any and assignments.
package main

import "fmt"

type Resizer interface{ Resize(f float64) }
type Namer interface{ Name() string }

type Box struct{ W, H float64 }

func (b *Box) Resize(f float64) { b.W *= f; b.H *= f }
func (b Box) Name() string      { return fmt.Sprintf("box %gx%g", b.W, b.H) }

func main() {
	b := Box{2, 3}
	b.Resize(2) // addressable: Go takes &b
	fmt.Println(b.Name())

	var n Namer = b
	fmt.Println(n.Name())
	var np Namer = &b
	fmt.Println(np.Name())

	var r Resizer = &b
	r.Resize(0.5)
	fmt.Println(b.Name(), n.Name())

	for _, v := range []any{b, &b} {
		_, isResizer := v.(Resizer)
		_, isNamer := v.(Namer)
		fmt.Printf("%T resizer=%v namer=%v\n", v, isResizer, isNamer)
	}
	boxes := []Box{{1, 1}, {2, 2}}
	for i := range boxes {
		boxes[i].Resize(10)
	}
	fmt.Println(boxes)
	m := map[string]*Box{"a": {1, 2}}
	m["a"].Resize(3)
	fmt.Println(*m["a"])
}

// Exercises: defining a type from a struct type drops methods but keeps fields; conversion works.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type Vertex Point

type Wrapped struct{ Point }

func main() {
	v := Vertex{1, 2}
	p := Point(v)
	fmt.Println(p.Sum(), v.X)
	w := Wrapped{p}
	fmt.Println(w.Sum())
	var iface interface{ Sum() int } = w
	fmt.Println(iface.Sum())
	_, ok := any(v).(interface{ Sum() int })
	fmt.Println(ok)
}

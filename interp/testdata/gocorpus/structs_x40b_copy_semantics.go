package main

import "fmt"

type Point struct{ X, Y int }

type Polygon struct {
	Name   string
	Points []Point
	Meta   map[string]string
	Center Point
	Arr    [2]int
}

func move(p Point) { p.X += 10 }

func movePtr(p *Point) { p.X += 10 }

func (p Polygon) Rename(n string) Polygon {
	p.Name = n
	p.Points[0].X = 999
	p.Arr[0] = 7
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 5
	fmt.Println(p, q, p == q)
	move(p)
	fmt.Println(p)
	movePtr(&p)
	fmt.Println(p)

	poly := Polygon{
		Name:   "tri",
		Points: []Point{{0, 0}, {1, 0}, {0, 1}},
		Meta:   map[string]string{"color": "red"},
		Center: Point{0, 0},
		Arr:    [2]int{1, 2},
	}
	cp := poly
	cp.Name = "copy"
	cp.Center.X = 3
	cp.Points[1].Y = 42
	cp.Meta["color"] = "blue"
	cp.Arr[1] = 20
	fmt.Printf("%+v\n", poly)
	fmt.Printf("%+v\n", cp)

	r := poly.Rename("renamed")
	fmt.Println(poly.Name, r.Name, poly.Points[0], poly.Arr, r.Arr)

	// arrays are values
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})

	// array of structs in range
	pts := [2]Point{{1, 1}, {2, 2}}
	for i, pt := range pts {
		pt.X = 0
		pts[i].Y = 0
	}
	fmt.Println(pts)

	// pointer aliasing
	pp := &poly.Center
	pp.Y = 77
	fmt.Println(poly.Center)

	// anonymous structs and comparison
	s1 := struct {
		A int
		B string
	}{1, "x"}
	s2 := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(s1 == s2)
	fmt.Printf("%v %+v %#v\n", s1, s1, s1)
	fmt.Printf("%#v\n", p)

	// struct with pointer field shares
	type Node struct {
		Val  int
		Next *Node
	}
	n2 := &Node{Val: 2}
	n1 := Node{Val: 1, Next: n2}
	n1c := n1
	n1c.Next.Val = 22
	fmt.Println(n1.Next.Val, n1c.Next == n1.Next)

	// struct as map key
	seen := map[Point]bool{}
	seen[Point{1, 2}] = true
	fmt.Println(seen[p], seen[Point{1, 2}])

	// new vs composite literal
	np := new(Point)
	np.X = 4
	fmt.Println(*np, np.X)
}

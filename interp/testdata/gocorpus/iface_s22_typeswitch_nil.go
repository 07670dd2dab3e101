package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func describe(s Shape) string {
	switch s := s.(type) {
	case Sq:
		return fmt.Sprintf("square %v", s.s)
	case *Circle:
		return fmt.Sprintf("circle %v", s.r)
	case nil:
		if s == nil {
			return "nothing"
		}
		return "??"
	default:
		return fmt.Sprintf("other %T", s)
	}
}

func kind(s Shape) string {
	switch s.(type) {
	case nil:
		break
	case Sq:
		return "sq"
	}
	return "end"
}

func show(s Shape) {
	fmt.Printf("%v %T\n", s, s)
	switch v := s.(type) {
	default:
		fmt.Printf("default %v %T\n", v, v)
	}
}

func main() {
	var s Shape
	fmt.Println(describe(Sq{2}), describe(&Circle{1}), describe(nil), describe(s))
	fmt.Println(kind(nil), kind(Sq{1}))
	show(nil)
	show(Sq{3})
	shapes := []Shape{Sq{1}, nil, &Circle{2}}
	for _, sh := range shapes {
		switch sh.(type) {
		case nil:
			fmt.Println("skip nil")
			continue
		}
		fmt.Println(sh.Area())
	}
}

package main

import "fmt"

type Point struct {
	X, Y int
}

type Grade rune

type Course struct {
	Title   string
	Credits int
	Tags    []string
	Lead    *Point
	Scores  map[string]float64
}

func main() {
	p := Point{3, -4}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v | %+v\n", pp, pp)
	c := Course{"Go 101", 4, []string{"intro", "lab"}, nil, map[string]float64{"b": 2.5, "a": 9}}
	fmt.Printf("%v\n%+v\n", c, c)
	fmt.Printf("%#v\n", c.Tags)
	fmt.Printf("%#v\n", c.Scores)
	fmt.Printf("%q %v %x % x\n", "hi\n", []byte("hi"), "hi", "hi")
	fmt.Printf("%T %T %T %T\n", Grade('A'), 3.0, 'x', nil)
	fmt.Printf("%d %c %v\n", Grade('B'), Grade('B'), Grade('B'))
	fmt.Printf("[%5s][%-5s][%.2s]\n", "go", "go", "golang")
	fmt.Printf("[%6.2f][%-8.3e][%g]\n", 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%v %v\n", []any{1, "a", nil, 2.5}, [2]bool{true})
	fmt.Printf("%3d%%\n", 50)
	fmt.Println(fmt.Sprintf("%08b", 37), fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3))
	var ip *int
	fmt.Println(ip == nil, fmt.Sprintf("%v", ip))
	type pair struct {
		k string
		v int
	}
	fmt.Printf("%v %+v\n", []pair{{"a", 1}}, pair{"b", 2})
}

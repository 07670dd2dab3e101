// Exercises: structs compared with ==, structs as map keys, anonymous struct literals, struct embedding literal syntax, zero values, pointer to struct literal
package main

import "fmt"

type Point struct{ X, Y int }

type address struct {
	hostname string
	port     int
}

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
}

func Scale(p Point, f int) Point { return Point{p.X * f, p.Y * f} }

func main() {
	p := Point{1, 2}
	q := Point{2, 1}
	fmt.Println(p.X == q.X && p.Y == q.Y, p == q, p == Point{Y: 2, X: 1})
	hits := make(map[address]int)
	hits[address{"golang.org", 443}]++
	hits[address{"golang.org", 443}]++
	fmt.Println(hits[address{"golang.org", 443}], len(hits))
	var w Wheel
	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w.X = 42
	fmt.Printf("%v\n%+v\n", w, w)
	w2 := Wheel{Circle: Circle{Point: Point{X: 42, Y: 8}, Radius: 5}, Spokes: 20}
	fmt.Println(w == w2, w.Circle.Point == w2.Point)
	anon := struct {
		Name string
		Age  int
	}{"Ann", 30}
	other := struct {
		Name string
		Age  int
	}{Name: "Ann", Age: 30}
	fmt.Println(anon == other, anon)
	fmt.Printf("%+v\n", anon)
	pp := &Point{3, 4}
	pp.X += 1
	fmt.Println(*pp, Scale(*pp, 3))
	var z Wheel
	fmt.Printf("%+v\n", z)
	items := []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}}
	for _, it := range items {
		fmt.Print(it.k, it.v, " ")
	}
	fmt.Println(len(items))
}

// Exercises: struct equality, structs as values in arrays, anonymous structs
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := a
	c.X = 9
	fmt.Println(a == b, a == c)
	grid := [2]Point{{0, 0}, {1, 1}}
	g2 := grid
	g2[1].Y = 7
	fmt.Println(grid, g2, grid == g2)
	anon := struct {
		Name string
		Age  int
	}{"Ada", 36}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Println(anon.Name, anon.Age)
}

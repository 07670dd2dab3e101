package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprint(p.X, ",", p.Y)), nil }

type Q struct{ A int }

type K int

func main() {
	b, err := json.Marshal(map[Point]string{{1, 2}: "a"})
	fmt.Println(string(b), err)
	_, err = json.Marshal(map[Q]int{})
	fmt.Println(err)
	var nilmap map[Q]int
	_, err = json.Marshal(nilmap)
	fmt.Println(err)
	_, err = json.Marshal(struct{ M map[[2]int]Q }{})
	fmt.Println(err)
	b, err = json.Marshal(map[K]Q{3: {1}})
	fmt.Println(string(b), err)
	_, err = json.Marshal(map[float64]Q{1: {1}})
	fmt.Println(err)
}

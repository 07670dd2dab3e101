// Exercises: range value is a copy of the struct element; modify via index instead.
package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	players := []Player{{"a", 1}, {"b", 2}}
	for _, p := range players {
		p.Score *= 100
	}
	fmt.Println(players)
	for i := range players {
		players[i].Score *= 100
	}
	fmt.Println(players)
	ptrs := []*Player{{"c", 3}}
	for _, p := range ptrs {
		p.Score++
	}
	fmt.Println(*ptrs[0])
}

// Exercises: fmt prints maps with sorted keys, including user-defined key types.
package main

import "fmt"

type Grade rune

type Pos struct{ R, C int }

func main() {
	scores := map[string]int{"zoe": 90, "amy": 85, "max": 77}
	fmt.Println(scores)
	grades := map[Grade][]string{'B': {"max"}, 'A': {"zoe", "amy"}}
	fmt.Println(grades)
	board := map[Pos]string{{1, 0}: "x", {0, 1}: "o", {0, 0}: "x"}
	fmt.Println(board)
	fmt.Printf("%v\n", map[bool]int{true: 1, false: 0})
	fmt.Printf("%+v\n", map[float64]string{2.5: "b", -1: "a"})
}

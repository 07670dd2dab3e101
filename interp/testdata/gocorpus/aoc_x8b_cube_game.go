// Exercises: nested strings.Split parsing ("Game 1: 3 blue, 4 red; ..."), fmt.Sscanf with %d %s, map[string]int per-colour maxima, limits map literal
package main

import (
	"fmt"
	"strings"
)

const input = `Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green`

var limits = map[string]int{"red": 12, "green": 13, "blue": 14}

func main() {
	possible, power := 0, 0
	for _, line := range strings.Split(input, "\n") {
		head, body, _ := strings.Cut(line, ": ")
		var id int
		fmt.Sscanf(head, "Game %d", &id)
		need := map[string]int{}
		ok := true
		for _, draw := range strings.Split(body, "; ") {
			for _, item := range strings.Split(draw, ", ") {
				var n int
				var color string
				fmt.Sscanf(item, "%d %s", &n, &color)
				if n > limits[color] {
					ok = false
				}
				if n > need[color] {
					need[color] = n
				}
			}
		}
		if ok {
			possible += id
		}
		power += need["red"] * need["green"] * need["blue"]
		fmt.Println(id, ok, need)
	}
	fmt.Println(possible, power)
}

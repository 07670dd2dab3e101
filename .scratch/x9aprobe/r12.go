// Exercises: struct containing an array copied on assignment, array of structs modified through range index
package main

import "fmt"

type Player struct {
	Name   string
	Scores [3]int
}

func bump(p Player) Player { p.Scores[0] += 100; return p }

func main() {
	team := [2]Player{{"ann", [3]int{1, 2, 3}}, {"bob", [3]int{4, 5, 6}}}
	copyTeam := team
	for _, p := range team {
		p.Scores[1] = 0
	}
	for i := range team {
		team[i].Scores[2] *= 10
	}
	b := bump(team[0])
	fmt.Println(team, copyTeam, b)
	ps := []Player{team[0]}
	ps[0].Scores[0] = -1
	fmt.Println(team[0].Scores, ps[0].Scores, team == copyTeam)
}

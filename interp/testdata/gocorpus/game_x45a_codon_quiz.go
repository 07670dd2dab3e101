package main

import (
	"fmt"
	"sort"
	"strings"
)

type Player struct {
	Name    string
	Answers []string
	Score   int
	Streak  int
	best    int
}

type Question struct {
	Codon  string
	Answer string
}

var quiz = []Question{
	{"ATG", "M"}, {"TGG", "W"}, {"TTT", "F"}, {"GGG", "G"}, {"TAA", "*"}, {"AAA", "K"},
}

func (p *Player) play(qs []Question) {
	for i, q := range qs {
		if i < len(p.Answers) && strings.EqualFold(p.Answers[i], q.Answer) {
			p.Score += 10 + 5*p.Streak
			p.Streak++
			p.best = max(p.best, p.Streak)
		} else {
			p.Streak = 0
		}
	}
}

type byScore []*Player

func (b byScore) Len() int      { return len(b) }
func (b byScore) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byScore) Less(i, j int) bool {
	if b[i].Score != b[j].Score {
		return b[i].Score > b[j].Score
	}
	return b[i].Name < b[j].Name
}

func main() {
	players := []*Player{
		{Name: "ada", Answers: []string{"M", "W", "F", "G", "*", "K"}},
		{Name: "bob", Answers: []string{"m", "w", "L", "g", "*"}},
		{Name: "cy", Answers: []string{"M", "X", "F", "G", "*", "k"}},
		{Name: "dee", Answers: []string{}},
		{Name: "eve", Answers: []string{"M", "W", "F", "G", "*", "R"}},
	}
	for _, p := range players {
		p.play(quiz)
	}
	sort.Sort(byScore(players))
	fmt.Println("rank name  score best")
	for i, p := range players {
		medal := ""
		switch i {
		case 0:
			medal = "gold"
		case 1:
			medal = "silver"
		case 2:
			medal = "bronze"
		}
		fmt.Printf("%4d %-5s %5d %4d %s\n", i+1, p.Name, p.Score, p.best, medal)
	}
	fmt.Printf("%v\n", *players[0])
	fmt.Printf("%+v\n", quiz[:2])
	fmt.Printf("%#v\n", quiz[0])
}

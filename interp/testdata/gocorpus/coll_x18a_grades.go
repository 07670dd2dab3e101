package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Grade struct {
	Student string
	Course  string
	Score   int
}

func letter(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	}
	return "F"
}

func main() {
	raw := `ana math 93
ana art 78
ben math 61
ben art 88
cho math 99
cho art 55
cho bio 82
ana bio 70`
	var grades []Grade
	for line := range strings.Lines(raw) {
		var g Grade
		n, err := fmt.Sscanf(line, "%s %s %d", &g.Student, &g.Course, &g.Score)
		if err != nil || n != 3 {
			fmt.Println("skip", line)
			continue
		}
		grades = append(grades, g)
	}
	byStudent := map[string][]Grade{}
	byCourse := map[string][]int{}
	for _, g := range grades {
		byStudent[g.Student] = append(byStudent[g.Student], g)
		byCourse[g.Course] = append(byCourse[g.Course], g.Score)
	}
	for _, s := range slices.Sorted(maps.Keys(byStudent)) {
		gs := byStudent[s]
		total := 0
		var ls []string
		for _, g := range gs {
			total += g.Score
			ls = append(ls, g.Course+":"+letter(g.Score))
		}
		fmt.Printf("%-4s avg %.2f %v\n", s, float64(total)/float64(len(gs)), ls)
	}
	fmt.Println(byCourse)
	dist := map[string]int{}
	for _, g := range grades {
		dist[letter(g.Score)]++
	}
	fmt.Println(dist)
	best := map[string]Grade{}
	for _, g := range grades {
		if b, ok := best[g.Course]; !ok || g.Score > b.Score {
			best[g.Course] = g
		}
	}
	for c, g := range best {
		_ = c
		_ = g
	}
	fmt.Printf("%v\n", best)
	type key struct{ s, c string }
	idx := map[key]int{}
	for _, g := range grades {
		idx[key{g.Student, g.Course}] = g.Score
	}
	fmt.Println(idx[key{"cho", "bio"}], idx[key{"ben", "bio"}], len(idx))
}

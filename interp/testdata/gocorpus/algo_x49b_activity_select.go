package main

import (
	"fmt"
	"slices"
	"strings"
)

type Activity struct {
	ID          int
	Start, Stop int
}

func (a Activity) String() string { return fmt.Sprintf("a%d[%d,%d)", a.ID, a.Start, a.Stop) }

func recursiveSelector(acts []Activity, k int, out []Activity) []Activity {
	m := k + 1
	for m < len(acts) && acts[m].Start < acts[k].Stop {
		m++
	}
	if m < len(acts) {
		return recursiveSelector(acts, m, append(out, acts[m]))
	}
	return out
}

func greedySelector(acts []Activity) []Activity {
	sel := []Activity{acts[0]}
	k := 0
	for m := 1; m < len(acts); m++ {
		if acts[m].Start >= acts[k].Stop {
			sel = append(sel, acts[m])
			k = m
		}
	}
	return sel
}

func main() {
	s := []int{1, 3, 0, 5, 3, 5, 6, 8, 8, 2, 12}
	f := []int{4, 5, 6, 7, 9, 9, 10, 11, 12, 14, 16}
	acts := make([]Activity, len(s))
	for i := range s {
		acts[i] = Activity{i + 1, s[i], f[i]}
	}
	slices.Reverse(acts)
	slices.SortFunc(acts, func(a, b Activity) int { return a.Stop - b.Stop })
	fmt.Println(acts)

	g := greedySelector(acts)
	sentinel := append([]Activity{{0, 0, 0}}, acts...)
	r := recursiveSelector(sentinel, 0, nil)
	fmt.Println("greedy:   ", g)
	fmt.Println("recursive:", r)
	fmt.Println("equal:", slices.Equal(g, r))

	var timeline strings.Builder
	for _, a := range g {
		timeline.WriteString(strings.Repeat(".", a.Start-timeline.Len()))
		timeline.WriteString(strings.Repeat(fmt.Sprint(a.ID%10), a.Stop-a.Start))
	}
	fmt.Println(timeline.String())
}

// Exercises: sort.SliceStable with ties, sort.Sort on named slice type, slices.SortStableFunc, cmp.Compare, multi-key ordering
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Player struct {
	Name  string
	Score int
	Team  string
}

type ByName []Player

func (b ByName) Len() int           { return len(b) }
func (b ByName) Less(i, j int) bool { return b[i].Name < b[j].Name }
func (b ByName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ps := []Player{
		{"ann", 10, "red"}, {"bob", 7, "blue"}, {"cid", 10, "blue"},
		{"dee", 7, "red"}, {"eve", 12, "red"}, {"fay", 10, "red"},
	}
	byScore := slices.Clone(ps)
	sort.SliceStable(byScore, func(i, j int) bool { return byScore[i].Score > byScore[j].Score })
	for _, p := range byScore {
		fmt.Print(p.Name, ":", p.Score, " ")
	}
	fmt.Println()
	byTeam := slices.Clone(byScore)
	slices.SortStableFunc(byTeam, func(a, b Player) int { return cmp.Compare(a.Team, b.Team) })
	fmt.Println(byTeam)
	rev := slices.Clone(ps)
	sort.Sort(sort.Reverse(ByName(rev)))
	fmt.Println(rev[0].Name, rev[len(rev)-1].Name, sort.IsSorted(ByName(ps)))
	multi := slices.Clone(ps)
	slices.SortFunc(multi, func(a, b Player) int {
		return cmp.Or(cmp.Compare(a.Team, b.Team), -cmp.Compare(a.Score, b.Score), cmp.Compare(a.Name, b.Name))
	})
	for _, p := range multi {
		fmt.Printf("%s/%s/%d ", p.Team, p.Name, p.Score)
	}
	fmt.Println()
	i, found := slices.BinarySearchFunc(multi, "red", func(p Player, t string) int { return cmp.Compare(p.Team, t) })
	fmt.Println(i, found)
}

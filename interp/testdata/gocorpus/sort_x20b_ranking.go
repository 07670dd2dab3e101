package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Score struct {
	Doc   string
	Score float64
	Label int
}

type byScore []Score

func (s byScore) Len() int           { return len(s) }
func (s byScore) Less(i, j int) bool { return s[i].Score > s[j].Score }
func (s byScore) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func auc(scores []Score) float64 {
	s := slices.Clone(scores)
	slices.SortFunc(s, func(a, b Score) int { return cmp.Compare(a.Score, b.Score) })
	rankSum := 0.0
	pos, neg := 0, 0
	for i, x := range s {
		if x.Label == 1 {
			rankSum += float64(i + 1)
			pos++
		} else {
			neg++
		}
	}
	return (rankSum - float64(pos*(pos+1))/2) / float64(pos*neg)
}

func precisionAtK(s []Score, k int) float64 {
	hits := 0
	for _, x := range s[:k] {
		hits += x.Label
	}
	return float64(hits) / float64(k)
}

func main() {
	scores := []Score{
		{"d1", 0.91, 1}, {"d2", 0.35, 0}, {"d3", 0.78, 1}, {"d4", 0.66, 0},
		{"d5", 0.12, 0}, {"d6", 0.83, 0}, {"d7", 0.55, 1}, {"d8", 0.05, 0},
	}
	sorted := slices.Clone(scores)
	sort.Sort(byScore(sorted))
	for i, s := range sorted {
		fmt.Printf("%d %s %.2f %d\n", i+1, s.Doc, s.Score, s.Label)
	}
	for _, k := range []int{1, 3, 5} {
		fmt.Printf("P@%d=%.4f\n", k, precisionAtK(sorted, k))
	}
	fmt.Printf("AUC=%.4f\n", auc(scores))
	i, found := slices.BinarySearchFunc(sorted, 0.66, func(s Score, t float64) int { return cmp.Compare(t, s.Score) })
	fmt.Println(i, found)
	j := sort.Search(len(sorted), func(i int) bool { return sorted[i].Score < 0.5 })
	fmt.Println("first below 0.5:", j, sorted[j].Doc)
	byLabel := slices.Clone(scores)
	sort.SliceStable(byLabel, func(i, j int) bool { return byLabel[i].Label > byLabel[j].Label })
	for _, s := range byLabel {
		fmt.Print(s.Doc, " ")
	}
	fmt.Println()
	fmt.Println(sort.IsSorted(byScore(sorted)), slices.IsSortedFunc(scores, func(a, b Score) int { return cmp.Compare(a.Doc, b.Doc) }))
	mx := slices.MaxFunc(scores, func(a, b Score) int { return cmp.Compare(a.Score, b.Score) })
	fmt.Println(mx)
}

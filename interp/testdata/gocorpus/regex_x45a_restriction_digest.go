package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

type Enzyme struct {
	Name string
	Site string // N = any base
	Cut  int    // offset within site
}

func (e Enzyme) Regexp() *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(e.Site, "N", "[ACGT]"))
}

func digest(seq string, enzymes []Enzyme) ([]int, map[string][]int) {
	cuts := map[int]bool{}
	byEnzyme := map[string][]int{}
	for _, e := range enzymes {
		for _, loc := range e.Regexp().FindAllStringIndex(seq, -1) {
			c := loc[0] + e.Cut
			cuts[c] = true
			byEnzyme[e.Name] = append(byEnzyme[e.Name], c)
		}
	}
	var pos []int
	for c := range cuts {
		pos = append(pos, c)
	}
	sort.Ints(pos)
	return pos, byEnzyme
}

func main() {
	seq := "ATGAATTCGGATCCAAGCTTGCGAATTCTTGGCCAAGGATCCGCNNA"
	seq = strings.ReplaceAll(seq, "NN", "TA")
	enzymes := []Enzyme{
		{"EcoRI", "GAATTC", 1},
		{"BamHI", "GGATCC", 1},
		{"HindIII", "AAGCTT", 1},
		{"HaeIII", "GGCC", 2},
		{"BsaJI", "CCNNGG", 1},
	}
	cuts, by := digest(seq, enzymes)
	names := make([]string, 0, len(by))
	for n := range by {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-8s cuts at %v\n", n, by[n])
	}
	prev := 0
	fmt.Println("fragments:")
	for i, c := range append(cuts, len(seq)) {
		fmt.Printf("  %d: %3d-%-3d %2d bp %s\n", i+1, prev, c, c-prev, seq[prev:c])
		prev = c
	}
	re := regexp.MustCompile(`(?i)(ATG)((?:[ACGT]{3})*?)(TAA|TAG|TGA)`)
	m := re.FindStringSubmatch("ccatgGCCtttTAGcc")
	fmt.Printf("%q\n", m)
	fmt.Println(re.NumSubexp(), re.MatchString("ATGTGA"))
	named := regexp.MustCompile(`^(?P<id>\w+)\|(?P<acc>[A-Z0-9]+)$`)
	sm := named.FindStringSubmatch("sp|P69905")
	fmt.Println(sm[named.SubexpIndex("acc")], named.SubexpNames())
	fmt.Println(regexp.MustCompile(`A{2,}`).ReplaceAllStringFunc("CAAAGTAAC", strings.ToLower))
}

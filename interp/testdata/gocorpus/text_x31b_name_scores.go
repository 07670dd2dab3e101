package main

import (
	"fmt"
	"sort"
	"strings"
)

// Problem 22 and 42: name scores and triangle words.

const namesCSV = `"MARY","PATRICIA","LINDA","BARBARA","ELIZABETH","JENNIFER","MARIA","SUSAN","MARGARET","DOROTHY","LISA","NANCY","KAREN","BETTY","HELEN","SANDRA","DONNA","CAROL","RUTH","SHARON","MICHELLE","LAURA","SARAH","KIMBERLY","DEBORAH","JESSICA","SHIRLEY","CYNTHIA","ANGELA","MELISSA","COLIN","SKY","ABILITY"`

func alphaValue(s string) int {
	v := 0
	for _, r := range s {
		v += int(r-'A') + 1
	}
	return v
}

func parseNames(csv string) []string {
	parts := strings.Split(csv, ",")
	for i, p := range parts {
		parts[i] = strings.Trim(p, `"`)
	}
	return parts
}

type scored struct {
	Name  string
	Rank  int
	Score int
}

func main() {
	names := parseNames(namesCSV)
	sort.Strings(names)
	var total int
	var rows []scored
	for i, n := range names {
		s := (i + 1) * alphaValue(n)
		total += s
		rows = append(rows, scored{n, i + 1, s})
	}
	fmt.Println("names:", len(names), "total:", total)
	for _, r := range rows[:5] {
		fmt.Printf("%-10s %3d %5d\n", r.Name, r.Rank, r.Score)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Score > rows[j].Score })
	fmt.Printf("top: %+v\n", rows[0])

	triangles := map[int]bool{}
	for n := 1; n < 30; n++ {
		triangles[n*(n+1)/2] = true
	}
	var tw []string
	for _, n := range names {
		if triangles[alphaValue(n)] {
			tw = append(tw, strings.ToLower(n))
		}
	}
	fmt.Printf("triangle words: %q\n", tw)
	fmt.Println("SKY =", alphaValue("SKY"), "COLIN =", alphaValue("COLIN"))
}

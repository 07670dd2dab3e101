package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Team struct {
	Name                          string
	Played, Won, Drawn, Lost      int
	GoalsFor, GoalsAgainst, Point int
	Form                          []byte
}

func (t *Team) GD() int { return t.GoalsFor - t.GoalsAgainst }

func (t *Team) record(gf, ga int) {
	t.Played++
	t.GoalsFor += gf
	t.GoalsAgainst += ga
	var r byte
	switch {
	case gf > ga:
		t.Won++
		t.Point += 3
		r = 'W'
	case gf == ga:
		t.Drawn++
		t.Point++
		r = 'D'
	default:
		t.Lost++
		r = 'L'
	}
	t.Form = append(t.Form, r)
	if len(t.Form) > 3 {
		t.Form = t.Form[1:]
	}
}

const results = `Rovers 2-1 United
City 0-0 Athletic
United 3-3 City
Athletic 1-2 Rovers
Rovers 0-1 City
United 2-0 Athletic
City 2-2 Rovers
Athletic 4-1 United
Wanderers 1-1 Rovers
City 3-0 Wanderers`

func main() {
	teams := map[string]*Team{}
	get := func(name string) *Team {
		if t, ok := teams[name]; ok {
			return t
		}
		t := &Team{Name: name}
		teams[name] = t
		return t
	}
	for _, line := range strings.Split(results, "\n") {
		var home, away string
		var hg, ag int
		if n, err := fmt.Sscanf(line, "%s %d-%d %s", &home, &hg, &ag, &away); err != nil || n != 4 {
			fmt.Println("skip:", line, err)
			continue
		}
		get(home).record(hg, ag)
		get(away).record(ag, hg)
	}
	table := make([]*Team, 0, len(teams))
	for _, t := range teams {
		table = append(table, t)
	}
	slices.SortFunc(table, func(a, b *Team) int {
		if a.Point != b.Point {
			return b.Point - a.Point
		}
		if a.GD() != b.GD() {
			return b.GD() - a.GD()
		}
		if a.GoalsFor != b.GoalsFor {
			return b.GoalsFor - a.GoalsFor
		}
		return strings.Compare(a.Name, b.Name)
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "#\tTeam\tP\tW\tD\tL\tGF\tGA\tGD\tPts\tForm\t")
	for i, t := range table {
		fmt.Fprintf(w, "%d\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%+d\t%d\t%s\t\n",
			i+1, t.Name, t.Played, t.Won, t.Drawn, t.Lost, t.GoalsFor, t.GoalsAgainst, t.GD(), t.Point, t.Form)
	}
	w.Flush()
	leader := table[0]
	fmt.Printf("leader: %s with %d pts (%.2f per game)\n", leader.Name, leader.Point, float64(leader.Point)/float64(leader.Played))
	idx := slices.IndexFunc(table, func(t *Team) bool { return t.Name == "United" })
	fmt.Printf("United is %d of %d, form %q\n", idx+1, len(table), table[idx].Form)
}

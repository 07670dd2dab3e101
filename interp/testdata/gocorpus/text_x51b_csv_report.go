package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const salesData = `region,rep,amount,units
north,alice,1200.50,4
south,bob,300,1
north,carol,880.25,3
east,dave,15000,12
south,erin,420.75,2
north,alice,99.99,1
east,frank,bad,1
`

type agg struct {
	total float64
	units int
	reps  map[string]bool
}

func main() {
	r := csv.NewReader(strings.NewReader(salesData))
	records, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	byRegion := map[string]*agg{}
	var skipped []string
	for i, rec := range records[1:] {
		amt, err := strconv.ParseFloat(rec[2], 64)
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("row %d: %v", i+2, err))
			continue
		}
		u, _ := strconv.Atoi(rec[3])
		a, ok := byRegion[rec[0]]
		if !ok {
			a = &agg{reps: map[string]bool{}}
			byRegion[rec[0]] = a
		}
		a.total += amt
		a.units += u
		a.reps[rec[1]] = true
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]].total > byRegion[regions[j]].total })
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "region\ttotal\tunits\treps\t")
	for _, reg := range regions {
		a := byRegion[reg]
		fmt.Fprintf(tw, "%s\t%.2f\t%d\t%d\t\n", reg, a.total, a.units, len(a.reps))
	}
	tw.Flush()
	for _, s := range skipped {
		fmt.Println("skipped", s)
	}
	w := csv.NewWriter(os.Stdout)
	for _, reg := range regions {
		w.Write([]string{strings.ToUpper(reg), strconv.FormatFloat(byRegion[reg].total, 'f', 1, 64), "note, with comma"})
	}
	w.Flush()
}

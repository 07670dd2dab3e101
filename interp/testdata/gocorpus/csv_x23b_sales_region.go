package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"sort"
	"strconv"
	"strings"
)

const data = `region,rep,amount_cents,units
north,alice,125050,3
south,bob,99900,2
north,carol,45000,1
east,dave,300075,7
south,erin,12345,1
east,frank,1000,1
north,alice,5000,2
`

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Agg struct {
	Total Cents
	Units int
	Reps  map[string]bool
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	byRegion := map[string]*Agg{}
	for i, row := range rows[1:] {
		amt, err := strconv.ParseInt(row[2], 10, 64)
		if err != nil {
			log.Fatalf("row %d: %v", i, err)
		}
		u, _ := strconv.Atoi(row[3])
		a, ok := byRegion[row[0]]
		if !ok {
			a = &Agg{Reps: map[string]bool{}}
			byRegion[row[0]] = a
		}
		a.Total += Cents(amt)
		a.Units += u
		a.Reps[row[1]] = true
	}
	keys := make([]string, 0, len(byRegion))
	for k := range byRegion {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return byRegion[keys[i]].Total > byRegion[keys[j]].Total
	})
	var grand Cents
	for _, k := range keys {
		a := byRegion[k]
		grand += a.Total
		fmt.Printf("%-6s %12v units=%2d reps=%v\n", k, a.Total, a.Units, a.Reps)
	}
	fmt.Println("grand:", grand)
	fmt.Println("avg per region:", grand/Cents(len(keys)))
}

package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,"gizmo, deluxe",1,99.99
south,gadget,,10.00
west,widget,7,2.50
north,widget,5,2.75
`

type row struct {
	region, product string
	units           int
	price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Println("columns:", header)
	var rows []row
	line := 1
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			fmt.Println("csv error:", err)
			continue
		}
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: skip (%v)\n", line, err)
			continue
		}
		p, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, row{rec[0], rec[1], u, p})
	}

	revenue := map[string]float64{}
	for _, x := range rows {
		revenue[x.region] += float64(x.units) * x.price
	}
	regions := make([]string, 0, len(revenue))
	for k := range revenue {
		regions = append(regions, k)
	}
	slices.SortFunc(regions, func(a, b string) int {
		if revenue[a] != revenue[b] {
			if revenue[a] > revenue[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue", "share"})
	total := 0.0
	for _, v := range revenue {
		total += v
	}
	for _, reg := range regions {
		w.Write([]string{reg, strconv.FormatFloat(revenue[reg], 'f', 2, 64), fmt.Sprintf("%.1f%%", 100*revenue[reg]/total)})
	}
	w.Write([]string{"note", `contains "quotes", and commas`, ""})
	w.Flush()
	fmt.Println("flush error:", w.Error())
	fmt.Printf("%d rows, total %.2f\n", len(rows), total)
}

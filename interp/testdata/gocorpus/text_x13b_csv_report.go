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
north,apple,10,0.50
south,apple,4,0.55
north,pear,7,0.80
east,"kiwi, gold",12,1.10
south,pear,x,0.80
north,apple,3,0.50
west,plum,5
`

type row struct {
	region, product string
	units           int
	price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("columns:", header)
	var rows []row
	var errs []error
	line := 1
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if len(rec) != len(header) {
			errs = append(errs, fmt.Errorf("line %d: want %d fields, got %d", line, len(header), len(rec)))
			continue
		}
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		p, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, row{rec[0], rec[1], u, p})
	}
	totals := map[string]float64{}
	units := map[string]int{}
	for _, x := range rows {
		totals[x.region] += float64(x.units) * x.price
		units[x.product] += x.units
	}
	regions := make([]string, 0, len(totals))
	for k := range totals {
		regions = append(regions, k)
	}
	slices.SortFunc(regions, func(a, b string) int {
		if totals[a] != totals[b] {
			if totals[a] > totals[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue"})
	for _, reg := range regions {
		w.Write([]string{reg, strconv.FormatFloat(totals[reg], 'f', 2, 64)})
	}
	w.Flush()
	fmt.Println(units)
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(errors.Join(errs...), &ne), ne.Num)
}

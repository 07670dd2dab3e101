package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,apple,10,0.5
south,apple,4,0.55
north,"pear, green",7,0.8
east,apple,,0.5
south,plum,12,1.25
north,plum,3,1.2
west,apple,x,0.5
east,"quoted ""fig""",2,3.0
`

type row struct {
	region, product string
	units           int
	price           float64
}

func parse(r io.Reader) ([]row, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	fmt.Println("header:", header)
	var rows []row
	var errs []error
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			errs = append(errs, err)
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
	return rows, errs
}

func main() {
	rows, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	byRegion := map[string]float64{}
	units := map[string]int{}
	for _, r := range rows {
		byRegion[r.region] += float64(r.units) * r.price
		units[r.product] += r.units
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", r, byRegion[r])
	}
	tw.Flush()
	fmt.Println(units)
	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	for _, r := range rows[:4] {
		w.Write([]string{strings.ToUpper(r.region), r.product, strconv.Itoa(r.units), strconv.FormatFloat(r.price, 'f', -1, 64)})
	}
	w.Flush()
	fmt.Println(w.Error())
}

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
)

const input = `region,product,units,price
east,apple,10,0.50
west,apple,4,0.55
east,"pear, green",7,0.80
north,plum,x,1.00
west,pear,3,0.75
east,apple,5,0.50
south,kiwi,2
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func load(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	var sales []Sale
	var errs []error
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if len(rec) != len(header) {
			errs = append(errs, fmt.Errorf("line %d: %d fields, want %d", line, len(rec), len(header)))
			continue
		}
		u, err1 := strconv.Atoi(rec[2])
		p, err2 := strconv.ParseFloat(rec[3], 64)
		if err := errors.Join(err1, err2); err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", line, err))
			continue
		}
		sales = append(sales, Sale{rec[0], rec[1], u, p})
	}
	return sales, errs
}

func main() {
	sales, errs := load(strings.NewReader(input))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	byRegion := map[string]float64{}
	units := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += float64(s.Units) * s.Price
		units[s.Product] += s.Units
	}
	fmt.Println(units)
	regions := make([]string, 0)
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue"})
	for _, r := range regions {
		w.Write([]string{r, strconv.FormatFloat(byRegion[r], 'f', 2, 64)})
	}
	w.Write([]string{"note", `has "quotes", commas`})
	w.Flush()
	fmt.Println("flush err:", w.Error())
}

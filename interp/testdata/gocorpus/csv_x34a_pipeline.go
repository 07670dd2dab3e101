package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

const sales = `region,product,units,unit_price
north,apple,10,0.50
south,apple,4,0.55
north,pear,7,0.80
east,apple,12,0.45
south,pear,3,0.85
east,plum,20,0.30
north,plum,5,0.35
west,apple,x,0.50
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func parse(rows <-chan []string, out chan<- Sale, errs chan<- error, wg *sync.WaitGroup) {
	defer wg.Done()
	for r := range rows {
		u, err := strconv.Atoi(r[2])
		if err != nil {
			errs <- fmt.Errorf("row %v: %w", r, err)
			continue
		}
		p, err := strconv.ParseFloat(r[3], 64)
		if err != nil {
			errs <- err
			continue
		}
		out <- Sale{r[0], r[1], u, p}
	}
}

func main() {
	rd := csv.NewReader(strings.NewReader(sales))
	rd.ReuseRecord = false
	records, err := rd.ReadAll()
	if err != nil {
		panic(err)
	}
	rows := make(chan []string)
	out := make(chan Sale)
	errs := make(chan error, len(records))
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go parse(rows, out, errs, &wg)
	}
	go func() {
		for _, r := range records[1:] {
			rows <- r
		}
		close(rows)
	}()
	go func() {
		wg.Wait()
		close(out)
		close(errs)
	}()

	var mu sync.Mutex
	revenue := map[string]float64{}
	units := map[string]int{}
	var collected []Sale
	for s := range out {
		mu.Lock()
		revenue[s.Region] += float64(s.Units) * s.Price
		units[s.Product] += s.Units
		collected = append(collected, s)
		mu.Unlock()
	}
	for e := range errs {
		fmt.Println("skipped:", e)
	}
	fmt.Println("parsed", len(collected), "sales")

	regions := make([]string, 0, len(revenue))
	for r := range revenue {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return revenue[regions[i]] > revenue[regions[j]] })
	w := csv.NewWriter(os.Stdout)
	w.Comma = '\t'
	w.Write([]string{"region", "revenue"})
	for _, r := range regions {
		w.Write([]string{r, fmt.Sprintf("%.2f", revenue[r])})
	}
	w.Flush()
	fmt.Println(units)

	sort.Slice(collected, func(i, j int) bool {
		a, b := collected[i], collected[j]
		if a.Product != b.Product {
			return a.Product < b.Product
		}
		return a.Region < b.Region
	})
	for _, s := range collected {
		fmt.Printf("%+v\n", s)
	}
}

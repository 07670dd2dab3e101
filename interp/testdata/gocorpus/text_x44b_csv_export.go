package main

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

var sales = []Sale{
	{"north", "widget", 12, 2.5},
	{"south", "gadget, deluxe", 3, 19.99},
	{"north", "gizmo", 7, 4.25},
	{"east", `the "best" thing`, 1, 100},
	{"south", "widget", 20, 2.5},
}

func exportCSV(w http.ResponseWriter, r *http.Request) {
	region := r.URL.Query().Get("region")
	sep := r.URL.Query().Get("sep")
	rows := slices.DeleteFunc(slices.Clone(sales), func(s Sale) bool { return region != "" && s.Region != region })
	if len(rows) == 0 {
		http.Error(w, "no rows for region "+strconv.Quote(region), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/csv")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", "sales-"+cmpOr(region, "all")+".csv"))
	cw := csv.NewWriter(w)
	if sep == "semicolon" {
		cw.Comma = ';'
	}
	cw.Write([]string{"region", "product", "units", "price", "total"})
	var sum float64
	for _, s := range rows {
		total := float64(s.Units) * s.Price
		sum += total
		cw.Write([]string{s.Region, s.Product, strconv.Itoa(s.Units), strconv.FormatFloat(s.Price, 'f', 2, 64), strconv.FormatFloat(total, 'f', 2, 64)})
	}
	cw.Write([]string{"", "", "", "sum", strconv.FormatFloat(sum, 'f', 2, 64)})
	cw.Flush()
	if err := cw.Error(); err != nil {
		fmt.Println("csv error:", err)
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func main() {
	for _, q := range []string{"", "region=north", "region=south&sep=semicolon", "region=west"} {
		rec := httptest.NewRecorder()
		exportCSV(rec, httptest.NewRequest("GET", "/export.csv?"+q, nil))
		fmt.Printf("## %q -> %d %s | %s\n%s", q, rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Content-Disposition"), rec.Body.String())
	}

	rec := httptest.NewRecorder()
	exportCSV(rec, httptest.NewRequest("GET", "/export.csv", nil))
	rd := csv.NewReader(strings.NewReader(rec.Body.String()))
	records, err := rd.ReadAll()
	fmt.Println(len(records), err)
	for _, rec := range records[1:3] {
		fmt.Printf("%q\n", rec)
	}
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
}

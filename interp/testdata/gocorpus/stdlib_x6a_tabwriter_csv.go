// Exercises: encoding/csv reading a string with quotes, text/tabwriter aligned output, strconv.ParseFloat errors
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `name,qty,price
"Widget, large",3,4.50
Gadget,10,0.99
"Quote ""q""",1,abc
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("csv:", err)
		return
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, strings.Join(records[0], "\t")+"\ttotal\t")
	var grand float64
	for _, rec := range records[1:] {
		q, _ := strconv.Atoi(rec[1])
		p, err := strconv.ParseFloat(rec[2], 64)
		if err != nil {
			fmt.Fprintf(w, "%s\t%d\t%s\t%s\t\n", rec[0], q, "?", err.(*strconv.NumError).Err)
			continue
		}
		grand += float64(q) * p
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", rec[0], q, p, float64(q)*p)
	}
	w.Flush()
	fmt.Printf("grand %.2f, %d records, fields %d\n", grand, len(records), r.FieldsPerRecord)
	_, err = csv.NewReader(strings.NewReader("a,b\n1\n")).ReadAll()
	fmt.Println(err)
}

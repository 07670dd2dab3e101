// Exercises: encoding/csv Reader (ReadAll, Comment, quoted fields, FieldsPerRecord error via errors.As *csv.ParseError), Writer with Comma.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

const data = `name,city,score
# a comment line
"Smith, John",Boston,88
Ann,"New ""York""",92
Li,Paris,75
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	r.Comment = '#'
	recs, err := r.ReadAll()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	total := 0
	for _, rec := range recs[1:] {
		n, _ := strconv.Atoi(rec[2])
		total += n
		fmt.Printf("%q\n", rec)
	}
	fmt.Println("average:", float64(total)/float64(len(recs)-1))

	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	w.Write([]string{"name", "note"})
	w.Write([]string{"x;y", `say "hi"`})
	w.Write([]string{"plain", "multi\nline"})
	w.Flush()
	fmt.Println("writer error:", w.Error())

	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = bad.ReadAll()
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line, "err:", pe.Err, errors.Is(err, csv.ErrFieldCount))
	}
}

package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

const messy = `# exported data
name; city ;  score
"Doe, Jane";  Paris; 88
Smith;Berlin;  91
Broken "quote";Rome;70
Extra;Oslo;1;2
  Lee ; Seoul ;77
`

func main() {
	r := csv.NewReader(strings.NewReader(messy))
	r.Comma = ';'
	r.Comment = '#'
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = 0
	var header []string
	enc := json.NewEncoder(os.Stdout)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				fmt.Printf("skip line %d col %d: %v\n", pe.Line, pe.Column, pe.Err)
				if errors.Is(err, csv.ErrFieldCount) {
					fmt.Println("  (field count)", len(rec))
				}
				continue
			}
			fmt.Println("fatal:", err)
			return
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		if header == nil {
			header = rec
			fmt.Printf("header: %q\n", header)
			continue
		}
		obj := map[string]string{}
		for i, h := range header {
			obj[h] = rec[i]
		}
		line, col := r.FieldPos(0)
		fmt.Printf("line %d:%d ", line, col)
		enc.Encode(obj)
	}
	r2 := csv.NewReader(strings.NewReader("a,\"b\"c\",d\n"))
	r2.LazyQuotes = true
	rec, err := r2.Read()
	fmt.Printf("%q %v\n", rec, err)
	fmt.Println(r2.InputOffset())
}

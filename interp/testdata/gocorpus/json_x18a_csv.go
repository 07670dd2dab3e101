package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Row struct {
	City       string  `json:"city"`
	Country    string  `json:"country"`
	Population int     `json:"pop"`
	Area       float64 `json:"area_km2"`
	Density    float64 `json:"density"`
}

const data = `city,country,population,area
Tokyo,Japan,13960000,2194
"Paris, FR",France,2161000,105.4
Lagos,Nigeria,15388000,1171.3
Oslo,Norway,709000,454
BadCity,Nowhere,abc,1
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("csv error:", err)
		return
	}
	header := records[0]
	fmt.Println("columns:", header, len(records)-1)
	var rows []Row
	for i, rec := range records[1:] {
		pop, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("row %d: %v\n", i+1, err)
			continue
		}
		area, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, Row{rec[0], rec[1], pop, area, float64(pop) / area})
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"city", "density"})
	for _, row := range rows {
		w.Write([]string{row.City, strconv.FormatFloat(row.Density, 'f', 1, 64)})
	}
	w.Flush()
	b, _ := json.Marshal(rows[:2])
	fmt.Println(string(b))
	var back []Row
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v\n", back[1])
	raw := json.RawMessage(`{"nested":[1,2,{"k":null}]}`)
	wrapper := struct {
		Name string          `json:"name"`
		Raw  json.RawMessage `json:"raw"`
		Opt  *int            `json:"opt,omitempty"`
	}{"w", raw, nil}
	wb, _ := json.Marshal(wrapper)
	fmt.Println(string(wb))
	var anyv any
	json.Unmarshal(raw, &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["nested"].([]any)[0])
}

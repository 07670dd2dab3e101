package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Exon struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type Gene struct {
	Symbol   string            `json:"symbol"`
	Chrom    string            `json:"chrom"`
	Strand   string            `json:"strand"`
	Exons    []Exon            `json:"exons"`
	Aliases  []string          `json:"aliases,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	internal int
}

func (g Gene) CodingLength() int {
	n := 0
	for _, e := range g.Exons {
		n += e.End - e.Start
	}
	return n
}

const input = `[
 {"symbol":"TP53","chrom":"17","strand":"-","exons":[{"start":100,"end":250},{"start":400,"end":520}],"aliases":["p53"]},
 {"symbol":"BRCA1","chrom":"17","strand":"-","exons":[{"start":10,"end":90}],"attrs":{"biotype":"protein_coding","source":"ensembl"}},
 {"symbol":"GAPDH","chrom":"12","strand":"+","exons":[]}
]`

func main() {
	var genes []Gene
	if err := json.Unmarshal([]byte(input), &genes); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%-6s %-5s %-6s %5s\n", "gene", "chr", "strand", "cds")
	for _, g := range genes {
		fmt.Printf("%-6s %-5s %-6s %5d\n", g.Symbol, g.Chrom, g.Strand, g.CodingLength())
	}
	out, _ := json.Marshal(genes[1])
	fmt.Println(string(out))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(genes[0])
	var generic []map[string]any
	_ = json.Unmarshal([]byte(input), &generic)
	fmt.Println(generic[2])
	fmt.Printf("%T %v\n", generic[0]["exons"], generic[0]["exons"])
	var bad Gene
	err := json.NewDecoder(strings.NewReader(`{"symbol": 5}`)).Decode(&bad)
	fmt.Println("bad:", err)
	fmt.Printf("%#v\n", genes[2].Exons)
}

package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Author struct {
	First string `xml:"first"`
	Last  string `xml:"last"`
}

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Title   string   `xml:"title"`
	Authors []Author `xml:"authors>author"`
	Price   float64  `xml:"price"`
	Note    string   `xml:",comment"`
}

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Books   []Book   `xml:"book"`
}

const doc = `<?xml version="1.0"?>
<catalog>
  <book id="bk101" lang="en">
    <title>XML Developer's Guide</title>
    <authors><author><first>Matthew</first><last>Gambardella</last></author></authors>
    <price>44.95</price>
  </book>
  <book id="bk102">
    <title>Midnight &amp; Rain</title>
    <authors>
      <author><first>Kim</first><last>Ralls</last></author>
      <author><first>Eva</first><last>Corets</last></author>
    </authors>
    <price>5.95</price>
  </book>
</catalog>`

func main() {
	var c Catalog
	if err := xml.Unmarshal([]byte(doc), &c); err != nil {
		panic(err)
	}
	for _, b := range c.Books {
		names := make([]string, len(b.Authors))
		for i, a := range b.Authors {
			names[i] = a.First + " " + a.Last
		}
		fmt.Printf("%s [%s] %q by %s $%.2f\n", b.ID, b.Lang, b.Title, strings.Join(names, ", "), b.Price)
	}

	nb := Book{ID: "bk200", Title: "Go <Fast>", Authors: []Author{{"Rob", "P"}}, Price: 30, Note: " new "}
	out, err := xml.MarshalIndent(nb, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(xml.Header + string(out))

	dec := xml.NewDecoder(strings.NewReader(doc))
	depth := 0
	counts := map[string]int{}
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			counts[t.Name.Local]++
			if t.Name.Local == "book" {
				for _, a := range t.Attr {
					fmt.Printf("%sattr %s=%s\n", strings.Repeat(" ", depth), a.Name.Local, a.Value)
				}
			}
		case xml.EndElement:
			depth--
		case xml.ProcInst:
			fmt.Println("procinst:", t.Target)
		}
	}
	fmt.Println(counts)

	var bad Catalog
	err = xml.Unmarshal([]byte("<catalog><book></catalog>"), &bad)
	fmt.Println("error:", err)

	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`a<b & "c"`))
	fmt.Println(sb.String())

	type kv struct {
		XMLName xml.Name
		Value   string `xml:",chardata"`
	}
	items := []kv{{xml.Name{Local: "color"}, "red"}, {xml.Name{Local: "size"}, "L"}}
	b, _ := xml.Marshal(struct {
		XMLName xml.Name `xml:"props"`
		Items   []kv
	}{Items: items})
	fmt.Println(string(b))
}

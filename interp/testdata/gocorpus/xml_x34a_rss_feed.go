package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
	"time"
)

type Link struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type Common struct {
	Title string `xml:"title"`
	Link  Link   `xml:"link"`
}

type Item struct {
	Common
	GUID    string   `xml:"guid"`
	PubDate string   `xml:"pubDate"`
	Cats    []string `xml:"category"`
	Body    string   `xml:"description"`
}

func (it Item) Published() (time.Time, error) {
	return time.Parse(time.RFC1123Z, it.PubDate)
}

type Channel struct {
	Common
	Items []Item `xml:"item"`
}

type RSS struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Channel Channel  `xml:"channel"`
}

type CDATA struct {
	Text string `xml:",cdata"`
}

const feed = `<rss version="2.0">
<channel>
 <title>Gopher News</title>
 <link href="https://example.com/"/>
 <item>
  <title>Go 1.x released</title>
  <link href="https://example.com/1" rel="alternate"/>
  <guid>n-1</guid>
  <pubDate>Tue, 13 Feb 2024 18:00:00 +0000</pubDate>
  <category>release</category><category>go</category>
  <description><![CDATA[<p>Big <b>news</b></p>]]></description>
 </item>
 <item>
  <title>Generics tips</title>
  <link href="https://example.com/2"/>
  <guid>n-2</guid>
  <pubDate>not a date</pubDate>
  <description>Plain &lt;text&gt;</description>
 </item>
</channel>
</rss>`

func main() {
	var r RSS
	if err := xml.NewDecoder(strings.NewReader(feed)).Decode(&r); err != nil {
		panic(err)
	}
	fmt.Printf("%s v%s (%s) %d items\n", r.Channel.Title, r.Version, r.Channel.Link.Href, len(r.Channel.Items))
	for _, it := range r.Channel.Items {
		when := "unknown date"
		if t, err := it.Published(); err == nil {
			when = t.Format("2006-01-02")
		} else {
			fmt.Println("  date error:", err)
		}
		fmt.Printf("- %s [%s] %s rel=%q cats=%v body=%q\n", it.Title, it.GUID, when, it.Link.Rel, it.Cats, it.Body)
	}

	out := RSS{Version: "2.0", Channel: Channel{
		Common: Common{"Out", Link{Href: "/"}},
		Items:  []Item{{Common: Common{"A & B", Link{Href: "/a"}}, GUID: "x", Cats: []string{"c1", "c2"}}},
	}}
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	b, _ := xml.Marshal(struct {
		XMLName xml.Name `xml:"note"`
		Body    CDATA    `xml:"body"`
		Empty   *string  `xml:"empty"`
		Flag    bool     `xml:"flag,attr"`
	}{Body: CDATA{"x < y && z"}, Flag: true})
	fmt.Println(string(b))
	_, err := xml.Marshal(map[string]int{"a": 1})
	fmt.Println("marshal map:", err)
	var n struct {
		XMLName xml.Name
		Attrs   []xml.Attr `xml:",any,attr"`
		Inner   string     `xml:",innerxml"`
	}
	xml.Unmarshal([]byte(`<ns:thing xmlns:ns="urn:x" a="1" b="2"><child/>text</ns:thing>`), &n)
	fmt.Println(n.XMLName.Space, n.XMLName.Local, len(n.Attrs), n.Inner)
}

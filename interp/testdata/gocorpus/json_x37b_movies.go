// JSON encoding of movie records with field tags, after section 4.5.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"strings"
)

type Movie struct {
	Title  string
	Year   int  `json:"released"`
	Color  bool `json:"color,omitempty"`
	Actors []string
	Rating *float64         `json:"rating,omitempty"`
	Extra  map[string]int   `json:",omitempty"`
	secret string           // unexported: ignored
	Meta   *json.RawMessage `json:"meta,omitempty"`
}

func ptr(f float64) *float64 { return &f }

var movies = []Movie{
	{Title: "Casablanca", Year: 1942, Color: false,
		Actors: []string{"Humphrey Bogart", "Ingrid Bergman"}, Rating: ptr(8.5)},
	{Title: "Cool Hand Luke", Year: 1967, Color: true,
		Actors: []string{"Paul Newman"}},
	{Title: "Bullitt", Year: 1968, Color: true,
		Actors: []string{"Steve McQueen", "Jacqueline Bisset"},
		Extra:  map[string]int{"chases": 1, "cars": 2}, secret: "x"},
}

func main() {
	data, err := json.Marshal(movies)
	if err != nil {
		log.Fatalf("JSON marshaling failed: %s", err)
	}
	fmt.Printf("%s\n", data)

	data, err = json.MarshalIndent(movies[:2], "", "    ")
	if err != nil {
		log.Fatalf("JSON marshaling failed: %s", err)
	}
	fmt.Printf("%s\n", data)

	var titles []struct{ Title string }
	if err := json.Unmarshal(data, &titles); err != nil {
		log.Fatalf("JSON unmarshaling failed: %s", err)
	}
	fmt.Println(titles)

	var back []Movie
	raw := `[{"Title":"Alien","released":1979,"color":true,"Actors":["Sigourney Weaver"],
	  "rating":8.4,"meta":{"director":"Ridley Scott","sequels":[1986,1992]},"unknown":true}]`
	if err := json.Unmarshal([]byte(raw), &back); err != nil {
		log.Fatal(err)
	}
	m := back[0]
	fmt.Printf("%s %d %t %v %.1f %s\n", m.Title, m.Year, m.Color, m.Actors, *m.Rating, *m.Meta)

	var generic []map[string]interface{}
	json.Unmarshal([]byte(raw), &generic)
	fmt.Println(generic[0])
	fmt.Printf("%T %T %T\n", generic[0]["released"], generic[0]["Actors"], generic[0]["meta"])

	dec := json.NewDecoder(strings.NewReader(`{"Title": "Jaws", "released": "1975"}`))
	dec.DisallowUnknownFields()
	var bad Movie
	err = dec.Decode(&bad)
	fmt.Println("error:", err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value, ute.Type)
	}
	err = json.Unmarshal([]byte(`{"Title": "Jaws",}`), &bad)
	fmt.Printf("%T: %v\n", err, err)
}

package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strconv"
	"strings"
)

const data = `name,city,score
"Smith, Jane",Boston,91
Bob,"New York",78
"Quote ""Q"" Man",Austin,85
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Println("columns:", header)
	sum := 0
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		n, _ := strconv.Atoi(rec[2])
		sum += n
		rows = append(rows, rec)
		fmt.Printf("%-16q %-10s %d\n", rec[0], rec[1], n)
	}
	fmt.Println("average:", float64(sum)/float64(len(rows)))

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "grade"})
	for _, rec := range rows {
		grade := "B"
		if n, _ := strconv.Atoi(rec[2]); n >= 85 {
			grade = "A"
		}
		w.Write([]string{rec[0], grade})
	}
	w.Flush()

	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println("error:", err)

	semi := csv.NewReader(strings.NewReader("x;y;z\n# comment\n1;2;3\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	all, _ := semi.ReadAll()
	fmt.Println(all)

	msg := "hello, gopher"
	enc := base64.StdEncoding.EncodeToString([]byte(msg))
	fmt.Println("base64:", enc)
	dec, _ := base64.StdEncoding.DecodeString(enc)
	fmt.Println("decoded:", string(dec))
	fmt.Println("url-safe:", base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	fmt.Println("raw:", base64.RawStdEncoding.EncodeToString([]byte("ab")))

	h := sha256.Sum256([]byte(msg))
	fmt.Printf("sha256: %x\n", h)
	hh := sha256.New()
	hh.Write([]byte("hello, "))
	hh.Write([]byte("gopher"))
	fmt.Println("same streaming:", hex.EncodeToString(hh.Sum(nil)) == hex.EncodeToString(h[:]))
	fmt.Println("hex:", hex.EncodeToString([]byte("Go!")))
	raw, err := hex.DecodeString("476f21")
	fmt.Println(string(raw), err)
	fmt.Print(hex.Dump([]byte("tabular bytes\x00\x01")))
	fmt.Printf("crc32: %08x\n", crc32.ChecksumIEEE([]byte(msg)))
}

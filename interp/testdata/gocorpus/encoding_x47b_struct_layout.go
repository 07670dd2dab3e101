package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
)

type Vec3 struct{ X, Y, Z float32 }

type Vertex struct {
	Pos    Vec3
	Normal Vec3
	Color  [4]uint8
	Flags  uint16
	_      uint16
}

type MeshHeader struct {
	Magic    [4]byte
	Version  uint8
	Reserved [3]uint8
	Count    uint32
}

func writeMesh(w io.Writer, verts []Vertex) error {
	h := MeshHeader{Magic: [4]byte{'M', 'E', 'S', 'H'}, Version: 2, Count: uint32(len(verts))}
	if err := binary.Write(w, binary.LittleEndian, h); err != nil {
		return err
	}
	return binary.Write(w, binary.LittleEndian, verts)
}

func readMesh(r io.Reader) (MeshHeader, []Vertex, error) {
	var h MeshHeader
	if err := binary.Read(r, binary.LittleEndian, &h); err != nil {
		return h, nil, err
	}
	if string(h.Magic[:]) != "MESH" {
		return h, nil, fmt.Errorf("bad magic %q", h.Magic[:])
	}
	verts := make([]Vertex, h.Count)
	err := binary.Read(r, binary.LittleEndian, verts)
	return h, verts, err
}

func main() {
	verts := []Vertex{
		{Pos: Vec3{0, 0, 0}, Normal: Vec3{0, 0, 1}, Color: [4]uint8{255, 0, 0, 255}, Flags: 1},
		{Pos: Vec3{1, 0, 0}, Normal: Vec3{0, 0, 1}, Color: [4]uint8{0, 255, 0, 255}},
		{Pos: Vec3{0.5, 1.25, -2}, Normal: Vec3{0, 1, 0}, Color: [4]uint8{0, 0, 255, 128}, Flags: 0xBEEF},
	}
	fmt.Println("vertex size", binary.Size(Vertex{}), "header size", binary.Size(MeshHeader{}))
	var buf bytes.Buffer
	if err := writeMesh(&buf, verts); err != nil {
		fmt.Println("write error:", err)
		return
	}
	data := buf.Bytes()
	fmt.Printf("total %d bytes crc=%08x\n", len(data), crc32.ChecksumIEEE(data))
	fmt.Printf("header: % x\n", data[:12])
	fmt.Printf("first vertex: % x\n", data[12:12+binary.Size(Vertex{})])
	h, back, err := readMesh(bytes.NewReader(data))
	fmt.Printf("%+v %v\n", h, err)
	for _, v := range back {
		fmt.Printf("%+v\n", v)
	}
	data[0] = 'X'
	_, _, err = readMesh(bytes.NewReader(data))
	fmt.Println(err)
	_, _, err = readMesh(bytes.NewReader(data[:5]))
	fmt.Println(err)
	_, _, err = readMesh(bytes.NewReader(append([]byte("MESH"), data[4:20]...)))
	fmt.Println(err)
}

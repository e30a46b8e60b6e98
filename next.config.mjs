/** @type {import('next').NextConfig} */
const nextConfig = {
  // Browser tests build into their own folder, so they never disturb a running demo server.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  // The embedded database folder must never be traced into the build output.
  outputFileTracingExcludes: { "*": [".data/**", ".data-*/**", "test-results/**"] },
  // Question files and documents are uploaded through server actions; the services refuse anything
  // over their own 2 MB limits with a message, so the transport allows a little more than that.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  poweredByHeader: false,
};

export default nextConfig;

/// <reference types="google-apps-script" />
